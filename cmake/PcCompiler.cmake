# Warnings, sanitizers and fuzzing flags shared by every target.
add_compile_options(-Wall -Wextra)
if(PC_WERROR)
  add_compile_options(-Werror)
endif()
# Strings from/to char* must say their encoding: catches Latin-1 accidents in signing and JSON.
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
                        QT_NO_CAST_FROM_BYTEARRAY)

if(PC_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(PC_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PC_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  # Instrument everything for coverage; fuzz executables add -fsanitize=fuzzer when linking.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
