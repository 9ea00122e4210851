# One interface target carries the language level, warnings and Qt safety
# defines; every Kairos target links it.
add_library(kairos_options INTERFACE)
target_compile_features(kairos_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
    target_compile_options(kairos_options INTERFACE /W4 /permissive-)
    if(KAIROS_WERROR)
        target_compile_options(kairos_options INTERFACE /WX)
    endif()
else()
    target_compile_options(kairos_options INTERFACE -Wall -Wextra -Wpedantic)
    if(KAIROS_WERROR)
        target_compile_options(kairos_options INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(kairos_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    KAIROS_VERSION="${PROJECT_VERSION}")

# Sanitizer builds (the asan and tsan presets): every target, the tools run
# by the tests included, so a report anywhere fails the suite.
set(KAIROS_SANITIZE "" CACHE STRING
    "Sanitizers: address (ASan and UBSan), thread (TSan) or fuzzer (libFuzzer, clang)")
if(KAIROS_SANITIZE STREQUAL "address")
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
elseif(KAIROS_SANITIZE STREQUAL "thread")
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
    add_link_options(-fsanitize=thread)
elseif(KAIROS_SANITIZE STREQUAL "fuzzer")
    # libFuzzer's coverage on every target, with ASan and UBSan to turn
    # silent corruption into a crash the fuzzer keeps.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
elseif(NOT KAIROS_SANITIZE STREQUAL "")
    message(FATAL_ERROR "KAIROS_SANITIZE is address, thread, fuzzer or empty, not '${KAIROS_SANITIZE}'")
endif()
