# The arrows between the libraries (docs/architecture.md), enforced by the build like the Widgets
# guard: pc_layer(target ALLOWED folders...) lets a target include only its own app/ folder and
# the ones named; every header of the other app/ folders is shadowed, in an include directory
# searched first, by a header that stops the build with the arrow it crosses. tst_layers checks
# the same table on the source (and the exceptions: the composition roots).
set(PC_APP_FOLDERS core bss secrets models ops sandbox cli)

function(pc_layer target)
  cmake_parse_arguments(PARSE_ARGV 1 LAYER "" "OWN" "ALLOWED")
  set(guard "${CMAKE_BINARY_DIR}/layer-guards/${target}")
  file(REMOVE_RECURSE "${guard}")
  foreach(folder IN LISTS PC_APP_FOLDERS)
    if(folder STREQUAL LAYER_OWN OR folder IN_LIST LAYER_ALLOWED)
      continue()
    endif()
    file(GLOB headers CONFIGURE_DEPENDS RELATIVE "${PROJECT_SOURCE_DIR}/app/${folder}"
         "${PROJECT_SOURCE_DIR}/app/${folder}/*.h")
    foreach(header IN LISTS headers)
      file(WRITE "${guard}/${folder}/${header}"
           "#error \"${target} may not include ${folder}/${header}: that crosses an arrow "
           "between the libraries (docs/architecture.md)\"\n")
    endforeach()
  endforeach()
  target_include_directories(${target} BEFORE PRIVATE "${guard}")
endfunction()
