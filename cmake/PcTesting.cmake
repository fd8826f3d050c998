# pc_add_test(<name> LABEL unit|gui|integration|keychain SOURCES ... [LIBS ...])
# One line per test: builds tests/<dir>/<name>.cpp into an executable, registers it with CTest
# under its label, with the offscreen platform and a private XDG runtime dir. Keychain tests run
# inside tests/keychain/with-keyring.sh (private D-Bus session, unlocked throw-away keyring).
find_package(Qt6 REQUIRED COMPONENTS Test)
set(PC_TEST_DATA_DIR "${PROJECT_SOURCE_DIR}/tests/data")
set(PC_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared")

function(pc_add_test name)
  cmake_parse_arguments(T "" "LABEL;TIMEOUT" "SOURCES;LIBS;ENV;ARGS" ${ARGN})
  if(NOT T_LABEL)
    set(T_LABEL unit)
  endif()
  if(NOT T_SOURCES)
    set(T_SOURCES ${name}.cpp)
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test Qt6::Sql ${T_LIBS})
  # PARTNERDESK_LATE_PROBE_MS: a write whose answer was lost is settled 1.5 s after its send
  # instead of the product's 60 s (docs/reliability.md).
  # Tests may write string literals plainly; the product code may not.
  target_compile_options(${name} PRIVATE -UQT_NO_CAST_FROM_ASCII -UQT_NO_CAST_TO_ASCII
                                         -UQT_NO_CAST_FROM_BYTEARRAY)
  target_compile_definitions(${name} PRIVATE
    PC_TEST_DATA_DIR="${PC_TEST_DATA_DIR}" PC_SHARED_DIR="${PC_SHARED_DIR}"
    PC_CLI_PATH="$<TARGET_FILE:partnerdesk-cli>")
  if(T_LABEL STREQUAL "keychain")
    add_test(NAME ${name} COMMAND dbus-run-session -- sh
             "${PROJECT_SOURCE_DIR}/tests/keychain/with-keyring.sh" $<TARGET_FILE:${name}> ${T_ARGS})
  else()
    add_test(NAME ${name} COMMAND ${name} ${T_ARGS})
  endif()
  set_tests_properties(${name} PROPERTIES
    LABELS "${T_LABEL}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;PARTNERDESK_LATE_PROBE_MS=1500;${T_ENV}")
endfunction()
