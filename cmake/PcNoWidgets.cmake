# pc_add_app_library(name SOURCES...): a static library under app/ that must never use Qt Widgets.
# Enforcement: the guard directory shadows <QtWidgets/qtwidgetsglobal.h> with an #error, and
# <QWidget>-style includes do not resolve because Qt6::Widgets is never linked. A configure-time
# self-test proves the guard still works with the Qt in use.
set(PC_WIDGETS_GUARD_DIR "${CMAKE_CURRENT_LIST_DIR}/widgets-guard")

function(pc_add_app_library name)
  add_library(${name} STATIC ${ARGN})
  target_include_directories(${name} BEFORE PRIVATE "${PC_WIDGETS_GUARD_DIR}")
  target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/app")
  set_target_properties(${name} PROPERTIES PC_APP_LIBRARY ON)
endfunction()

# Self-test: a translation unit that includes a Widgets header through the guard must not compile.
find_package(Qt6 QUIET COMPONENTS Widgets)
if(Qt6Widgets_FOUND)
  get_target_property(_pc_widgets_inc Qt6::Widgets INTERFACE_INCLUDE_DIRECTORIES)
  set(_pc_probe "${CMAKE_BINARY_DIR}/widgets-guard-probe.cpp")
  file(WRITE "${_pc_probe}" "#include <QtWidgets/qwidget.h>\nint main() { return 0; }\n")
  try_compile(_pc_guard_leaks "${CMAKE_BINARY_DIR}/widgets-guard-probe"
              SOURCES "${_pc_probe}"
              CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${PC_WIDGETS_GUARD_DIR};${_pc_widgets_inc}"
              CXX_STANDARD 17
              OUTPUT_VARIABLE _pc_probe_out)
  if(_pc_guard_leaks OR NOT _pc_probe_out MATCHES "app/ must not use Qt Widgets")
    message(FATAL_ERROR "The app/ Qt Widgets guard no longer works with this Qt: a Widgets "
                        "header did not hit ${PC_WIDGETS_GUARD_DIR}")
  endif()
endif()
