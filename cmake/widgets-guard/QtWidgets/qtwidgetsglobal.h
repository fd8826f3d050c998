// Every Qt Widgets header includes <QtWidgets/qtwidgetsglobal.h>. Targets under app/ put this
// directory first on their include path, so any Widgets include there stops the build here.
#error "app/ must not use Qt Widgets: move this code to ui/ (see DEVELOPERS.md, Layout)"
