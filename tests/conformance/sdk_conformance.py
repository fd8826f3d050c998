#!/usr/bin/env python3
"""PartnerDesk against the official Huawei Cloud Python SDK (a reference, never a dependency).

For one site (china: module huaweicloudsdkbss, intl: huaweicloudsdkbssintl) this:
  1. starts `partnerdesk-cli sandbox --site SITE --log-requests FILE`;
  2. drives the app's own use cases through `partnerdesk-cli` (the loaders and the verified-write
     engine the window uses), so the log holds the requests the app really sends;
  3. checks every logged request against the SDK: the operation exists on the site with that
     method and path, every query parameter is one of the operation's, every body field is one of
     the request model's with the model's JSON type;
  4. sends the same request again through the official SDK client (which signs it its own way)
     and checks the raw answer against the SDK's response model: every field known to the model,
     every value of the model's type, nested models and lists included;
  5. for operations of the site the CLI does not reach, calls them through the SDK with a sample
     request and checks the answer the same way.
It fails when any operation of the app's table for the site was not checked, or on any mismatch.
Exit 0 all good, 1 mismatches, 77 when the SDK or its dependencies are missing (ctest: skipped).
"""
import argparse
import decimal
import importlib
import inspect
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

SKIP = 77


def snake(name):
    return re.sub(r'(?<!^)(?=[A-Z])', '_', name).lower()


class Site:
    def __init__(self, site):
        try:
            core = importlib.import_module('huaweicloudsdkcore.auth.credentials')
            self.exceptions = importlib.import_module('huaweicloudsdkcore.exceptions.exceptions')
            if site == 'intl':
                self.pkg = importlib.import_module('huaweicloudsdkbssintl.v2')
                self.client_cls = self.pkg.BssintlClient
            else:
                self.pkg = importlib.import_module('huaweicloudsdkbss.v2')
                self.client_cls = self.pkg.BssClient
        except ImportError as e:
            print(f'SKIP: the official SDK cannot be imported here ({e})')
            sys.exit(SKIP)
        self.credentials = core.GlobalCredentials
        self.source = inspect.getsource(self.client_cls)

    def http_info(self, op):
        """method, path and query parameter names of `op` as the SDK's client has them."""
        m = re.search(r'def _%s_http_info\(cls, request\):(.*?)return http_info' % snake(op),
                      self.source, re.S)
        if not m:
            return None
        body = m.group(1)
        method = re.search(r'"method": "(\w+)"', body).group(1)
        path = re.search(r'"resource_path": "([^"]+)"', body).group(1)
        query = re.findall(r"query_params\.append\(\('(\w+)'", body)
        return method, path, set(query), "'body' in local_var_params" in body

    def model(self, name):
        return getattr(self.pkg, name, None)


def check(value, typ, site, where, problems):
    """Whether a JSON value has the SDK type `typ` (strict: unknown fields are problems)."""
    if value is None:
        return
    if typ.startswith('list['):
        if not isinstance(value, list):
            problems.append(f'{where}: a list ({typ}) expected, got {type(value).__name__}')
            return
        for i, item in enumerate(value):
            check(item, typ[5:-1], site, f'{where}[{i}]', problems)
        return
    if typ.startswith('dict('):
        if not isinstance(value, dict):
            problems.append(f'{where}: an object ({typ}) expected')
        return
    simple = {'str': (str,), 'int': (int,), 'bool': (bool,),
              'float': (int, float, decimal.Decimal), 'decimal.Decimal': (int, float, decimal.Decimal),
              'object': (object,)}
    if typ in simple:
        ok = isinstance(value, simple[typ])
        if typ in ('int', 'float', 'decimal.Decimal') and isinstance(value, bool):
            ok = False
        if typ == 'int' and isinstance(value, decimal.Decimal):
            ok = value == value.to_integral_value()
        if not ok:
            problems.append(f'{where}: {typ} expected, got {type(value).__name__} {value!r}')
        return
    klass = site.model(typ)
    if klass is None:
        problems.append(f'{where}: the SDK has no type {typ}')
        return
    if not isinstance(value, dict):
        problems.append(f'{where}: an object ({typ}) expected, got {type(value).__name__}')
        return
    by_json = {json_key: attr for attr, json_key in klass.attribute_map.items()}
    for key, v in value.items():
        attr = by_json.get(key)
        if attr is None:
            problems.append(f'{where}.{key}: not a field of {typ}')
            continue
        check(v, klass.openapi_types[attr], site, f'{where}.{key}', problems)


def request_type(site, op, attr):
    klass = site.model(op + 'Request')
    return klass.openapi_types.get(attr) if klass else None


def check_request(site, entry, problems):
    op = entry['operation']
    info = site.http_info(op)
    if info is None:
        problems.append(f'{op}: the site has no such operation')
        return
    method, path, query_names, has_body = info
    # A {param} of the SDK's path (the account's domain_id) matches one segment.
    pattern = '^' + re.sub(r'\\\{\w+\\\}', '[^/]+', re.escape(path)) + '$'
    if entry['method'] != method or not re.match(pattern, entry['path']):
        problems.append(f'{op}: sent {entry["method"]} {entry["path"]}, the SDK has {method} {path}')
    for name, value in urllib.parse.parse_qsl(entry['query'], keep_blank_values=True):
        if name not in query_names:
            problems.append(f'{op}: query parameter {name} is not one of the operation\'s')
            continue
        typ = request_type(site, op, name)
        if typ == 'int' and not re.fullmatch(r'-?\d+', value):
            problems.append(f'{op}: query {name}={value!r} is not an int')
    if entry['body']:
        if not has_body:
            problems.append(f'{op}: a body is sent, the operation takes none')
            return
        body = json.loads(entry['body'], parse_float=decimal.Decimal)
        check(body, request_type(site, op, 'body'), site, f'{op} request body', problems)


def build_request(site, client, entry):
    op = entry['operation']
    req = site.model(op + 'Request')()
    # The IDs in the path ({order_id}) are request attributes too; the account's is the client's.
    info = site.http_info(op)
    if info:
        names = re.findall(r'\{(\w+)\}', info[1])
        pattern = '^' + re.sub(r'\\\{\w+\\\}', '([^/]+)', re.escape(info[1])) + '$'
        m = re.match(pattern, entry['path'])
        for name, value in zip(names, m.groups() if m else []):
            if name in type(req).openapi_types:
                setattr(req, name, urllib.parse.unquote(value))
    for name, value in urllib.parse.parse_qsl(entry['query'], keep_blank_values=True):
        typ = request_type(site, op, name)
        setattr(req, name, int(value) if typ == 'int' else value)
    if entry['body']:
        body = json.loads(entry['body'], parse_float=decimal.Decimal)
        req.body = client._deserialize(body, request_type(site, op, 'body'))
    return req


def send(site, client, op, req, problems, expect_ok=True):
    try:
        resp = getattr(client, snake(op))(req)
    except site.exceptions.ClientRequestException as e:
        if expect_ok:
            problems.append(f'{op}: the SDK call failed: {e.status_code} {e.error_code} {e.error_msg}')
        return None
    raw = json.loads(resp.raw_content.decode('utf-8') or '{}', parse_float=decimal.Decimal) \
        if resp.raw_content else {}
    check(raw, op + 'Response', site, f'{op} answer', problems)
    return raw


def line_count(path):
    with open(path, encoding='utf-8') as f:
        return sum(1 for _ in f)


def sdk_client(site, url, domain, sk):
    creds = site.credentials('CONFORMANCEAK', sk, domain)
    return site.client_cls.new_builder().with_credentials(creds).with_endpoints([url]).build()


def usable_quota(site, client, quota_type=1):
    """A quota in effect with a balance (China site), through the SDK."""
    req = site.model('ListQuotaCouponsRequest')(
        body=site.model('QueryCouponQuotasReqExt')(quota_type=quota_type, limit=100))
    for q in client.list_quota_coupons(req).quotas or []:
        if q.quota_status == 0 and (q.balance or 0) > 1:
            return q.quota_id
    return None


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--site', choices=['china', 'intl'], required=True)
    ap.add_argument('--sdk', help='the SDK folder (its README); else PYTHONPATH')
    ap.add_argument('--verbose', action='store_true')
    a = ap.parse_args()
    if a.sdk:
        for part in ('huaweicloud-sdk-core', 'huaweicloud-sdk-bss', 'huaweicloud-sdk-bssintl'):
            sys.path.insert(0, os.path.join(a.sdk, part))
    site = Site(a.site)
    work = tempfile.mkdtemp(prefix='pc-conformance-')
    log = os.path.join(work, 'requests.jsonl')
    sk = 'conformance-secret-0123456789'
    env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, 'c'),
               XDG_DATA_HOME=os.path.join(work, 'd'), PARTNERDESK_SANDBOX_SK=sk,
               PARTNERDESK_LATE_PROBE_MS='1500', QT_QPA_PLATFORM='offscreen')
    port = free_port()
    sandbox = subprocess.Popen([a.cli, 'sandbox', '--site', a.site, '--port', str(port),
                                '--customers', '120', '--ak', 'CONFORMANCEAK', '--rate-limit', '0',
                                '--log-requests', log], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        first = json.loads(sandbox.stdout.readline())
        url, domain = first['url'], first['domain_id']
        env.update(HUAWEICLOUD_SDK_AK='CONFORMANCEAK', HUAWEICLOUD_SDK_SK=sk,
                   HUAWEICLOUD_SDK_DOMAIN_ID=domain)
        base = [a.cli, '--endpoint', url, '--site', a.site, '--format', 'json']

        def cli(*args, ok=True):
            r = subprocess.run(base + list(args), env=env, capture_output=True, text=True,
                               stdin=subprocess.DEVNULL, timeout=120)
            if a.verbose:
                print('$ partnerdesk-cli', ' '.join(args), '→', r.returncode)
            if ok and r.returncode != 0:
                print(f'partnerdesk-cli {" ".join(args)} failed ({r.returncode}): {r.stderr.strip()}')
            try:
                return json.loads(r.stdout) if r.stdout.strip() else {}
            except ValueError:
                return {}

        skip_from = skip_to = 0
        resale = '3' if a.site == 'intl' else '2'
        customers = cli('customers', 'list', '--reveal', '--type', resale, '--limit', '30')
        rows = customers.get('customers', customers.get('customer_infos', []))
        ids = [c['customer_id'] for c in rows if not c.get('is_frozen')]
        resellers = cli('resellers', 'list', '--reveal').get('indirect_partners', [])
        reseller = resellers[0]['indirect_partner_id'] if resellers else None
        c1, c2 = ids[0], ids[1]
        cli('price', 'on-demand', '--project', 'p1', '--region',
            'ap-southeast-1' if a.site == 'intl' else 'cn-north-4', '--line',
            'ecs:s6.small.1.linux', '--hours', '1', ok=False)
        cli('price', 'period', '--project', 'p1', '--region',
            'ap-southeast-1' if a.site == 'intl' else 'cn-north-4', '--line',
            'ecs:s6.small.1.linux', '--months', '1', ok=False)
        # A customer's orders, one order's details and its yearly/monthly resources; the
        # renewal price of one of them (or, when none was found, of an unknown resource: the
        # request is still the app's, the answer an error and not replayed).
        resource = 'conformance-resource'
        for cid in ids[:12]:
            orders = cli('customers', 'orders', '--customer', cid).get('order_infos', [])
            if not orders:
                continue
            cli('customers', 'order', '--order', orders[0]['order_id'])
            found = cli('customers', 'resources', '--customer', cid).get('resources', [])
            if found:
                resource = found[0]['resource_id']
                break
        cli('price', 'renew', '--resource', resource, '--months', '1', ok=False)
        if a.site == 'intl':
            cli('budgets', 'list')
            cli('budgets', 'quota')
            cli('budgets', 'history', '--customer', c1)
            cli('budgets', 'show', '--customer', c1)
            cli('billing', 'bill')
            cli('billing', 'invoices')
            cli('billing', 'coupons')
            cli('budgets', 'set', '--customer', c1, '--amount', '1234.5', '--freeze', 'auto',
                '--yes')
            cli('customers', 'freeze', '--customer', c2, '--reason', 'conformance', '--yes')
            cli('customers', 'unfreeze', '--customer', c2, '--reason', 'conformance', '--yes')
        else:
            cli('incentives', 'policies')
            cli('discounts')
            cli('funds', 'allocate', '--customer', c1, '--amount', '1.50', '--yes')
            cli('funds', 'reclaim', '--customer', c1, '--amount', '0.50', '--yes')
            cli('funds', 'records')
            coupons = cli('coupons', 'list', '--status', 'usable', '--reveal').get('user_coupons', [])
            if coupons:
                cli('coupons', 'reclaim', coupons[0]['coupon_id'], '--yes', ok=False)
            # A quota to issue from, looked up through the SDK (those requests are not the app's:
            # they are left out of the log's check).
            skip_from = line_count(log)
            quota = usable_quota(site, sdk_client(site, url, domain, sk))
            skip_to = line_count(log)
            if quota:
                cli('coupons', 'issue', '--quota', quota, '--customer', c2, '--face-value', '1',
                    '--yes', ok=False)
            if reseller:
                cli('resellers', 'allocate', '--reseller', reseller, '--amount', '2', '--yes')
                cli('resellers', 'reclaim', '--reseller', reseller, '--amount', '1', '--yes')
        time.sleep(0.2)
        with open(log, encoding='utf-8') as f:
            entries = [json.loads(line) for i, line in enumerate(f)
                       if line.strip() and not (skip_from <= i < skip_to)]
    finally:
        sandbox.terminate()
        sandbox.wait(10)

    wanted = [op for op in subprocess.run([a.cli, 'operations', '--site', a.site],
                                          capture_output=True, text=True, env=env)
              .stdout.split() if not op.startswith('Sandbox')]
    problems = []
    # The SDK client on a second sandbox with the same seed, for the replays and samples.
    sandbox = subprocess.Popen([a.cli, 'sandbox', '--site', a.site, '--port', str(free_port()),
                                '--customers', '120', '--ak', 'CONFORMANCEAK', '--rate-limit', '0'],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        first = json.loads(sandbox.stdout.readline())
        client = sdk_client(site, first['url'], first['domain_id'], sk)
        checked_request, checked_answer = set(), set()
        for e in entries:
            if e['operation'].startswith('Sandbox') or e['operation'] == 'KeystoneListAuthDomains':
                continue
            before = len(problems)
            check_request(site, e, problems)
            checked_request.add(e['operation'])
            if 200 <= e['status'] < 300 and len(problems) == before:
                if send(site, client, e['operation'], build_request(site, client, e),
                        problems, expect_ok=False) is not None:
                    checked_answer.add(e['operation'])
        # What the CLI does not reach: sample requests through the SDK, answers checked.
        samples = {
            'ListCustomerOrders': lambda: site.model('ListCustomerOrdersRequest')(
                customer_id=c1, limit=10),
            'ShowSubCustomerBudget': lambda: site.model('ShowSubCustomerBudgetRequest')(
                customer_id=c1),
            'ListQuotaCoupons': lambda: site.model('ListQuotaCouponsRequest')(
                body=site.model('QueryCouponQuotasReqExt')(quota_type=1, limit=10)),
            'ListIssuedCouponQuotas': lambda: site.model('ListIssuedCouponQuotasRequest')(limit=10),
            'ListCouponQuotasRecords': lambda: site.model('ListCouponQuotasRecordsRequest')(limit=10),
            'ListPartnerCouponsRecord': lambda: site.model('ListPartnerCouponsRecordRequest')(
                limit=10),
            'ListIssuedPartnerCoupons': lambda: site.model('ListIssuedPartnerCouponsRequest')(
                limit=10),
            'ListSubCustomerCoupons': lambda: site.model('ListSubCustomerCouponsRequest')(
                limit=10),
        }
        if a.site == 'china':
            quota = usable_quota(site, client)
            issued = send(site, client, 'ListIssuedCouponQuotas',
                          samples['ListIssuedCouponQuotas'](), problems) or {}
            mine = [q['quota_id'] for q in issued.get('quotas', []) if q.get('quota_status') == 0]
            if quota and reseller:
                samples['UpdateCouponQuotas'] = lambda: site.model('UpdateCouponQuotasRequest')(
                    body=site.model('AdjustCouponQuotasReq')(
                        quota_id=quota, indirect_partner_ids=[reseller],
                        quota_amount=decimal.Decimal('1')))
            if mine:
                samples['ReclaimCouponQuotas'] = lambda: site.model('ReclaimCouponQuotasRequest')(
                    body=site.model('ReclaimCouponQuotasReq')(quota_ids=mine[:1]))
        for op in wanted:
            if op in checked_answer or op not in samples:
                continue
            if send(site, client, op, samples[op](), problems) is not None:
                checked_answer.add(op)
    finally:
        sandbox.terminate()
        sandbox.wait(10)
    # Writes whose answer the sandbox refuses for sample data are checked on the request side.
    unchecked = [op for op in wanted if op not in checked_answer and op not in checked_request]
    for op in unchecked:
        problems.append(f'{op}: neither its request nor its answer was checked')
    print(f'site {a.site}: {len(wanted)} operations; requests checked {len(checked_request)}, '
          f'answers checked {len(checked_answer)} ({len(entries)} requests logged)')
    for op in wanted:
        how = ('request+answer' if op in checked_request and op in checked_answer else
               'request' if op in checked_request else 'answer' if op in checked_answer else '—')
        print(f'  {op:34} {how}')
    for p in problems:
        print('MISMATCH', p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
