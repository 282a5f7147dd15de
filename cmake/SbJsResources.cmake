# JavaScript the job runtime loads, compiled into the binary as Qt resources:
#   :/js/runtime/*.js   the runtime's own scripts (prelude, job compiler)
#   :/js/adaptors/*.js  adaptors (language-common, …)
#   :/js/vendor/*.js    npm libraries bundled at build time (see vendor part below)

# ---- vendor part -------------------------------------------------------------------
# resources/vendor/package.json pins exact versions of the npm libraries adaptors use
# (and of esbuild). At build time they are installed into <build>/js-vendor-npm (npm
# install, no lockfile; a no-op when nothing changed) and resources/vendor/build.mjs
# bundles each into <build>/js-vendor/<name>.js, a classic script whose completion value
# is `(function (module, exports) {…})`. Node and npm are build tools only: the program
# never runs them.
set(SB_JS_VENDOR_NAMES jsonpath-plus lodash date-fns csv-parse ajv)

find_program(SB_NODE_EXECUTABLE node)
find_program(SB_NPM_EXECUTABLE npm)
if(NOT SB_NODE_EXECUTABLE OR NOT SB_NPM_EXECUTABLE)
  message(FATAL_ERROR
    "Node.js and npm are needed to build the JavaScript libraries the job runtime embeds "
    "(resources/vendor). Run packaging/install-deps.sh, then configure again.")
endif()

# Defines the custom target sb_js_vendor once (whichever directory asks first) and
# returns the bundle paths in ${out_var}.
function(_sb_js_vendor_bundles out_var)
  set(src ${CMAKE_SOURCE_DIR}/resources/vendor)
  set(npm_dir ${CMAKE_BINARY_DIR}/js-vendor-npm)
  set(out_dir ${CMAKE_BINARY_DIR}/js-vendor)
  set(outputs)
  foreach(name IN LISTS SB_JS_VENDOR_NAMES)
    list(APPEND outputs ${out_dir}/${name}.js)
  endforeach()
  set(${out_var} ${outputs} PARENT_SCOPE)
  if(TARGET sb_js_vendor)
    return()
  endif()

  file(GLOB_RECURSE vendor_sources CONFIGURE_DEPENDS
    ${src}/entries/* ${src}/shims/*)
  set(stamp ${npm_dir}/npm-install.stamp)
  file(MAKE_DIRECTORY ${npm_dir}) # npm runs inside it
  add_custom_command(
    OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${src}/package.json ${npm_dir}/package.json
    COMMAND ${SB_NPM_EXECUTABLE} install --no-package-lock --no-audit --no-fund
            --loglevel=error
    COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
    WORKING_DIRECTORY ${npm_dir}
    DEPENDS ${src}/package.json
    COMMENT "npm install of the JavaScript vendor libraries (resources/vendor/package.json)"
    VERBATIM)
  add_custom_command(
    OUTPUT ${outputs}
    COMMAND ${SB_NODE_EXECUTABLE} ${src}/build.mjs --node-modules ${npm_dir} --outdir ${out_dir}
    DEPENDS ${stamp} ${src}/package.json ${src}/build.mjs ${vendor_sources}
    COMMENT "Bundling JavaScript vendor libraries with esbuild"
    VERBATIM)
  add_custom_target(sb_js_vendor DEPENDS ${outputs})
endfunction()

function(sb_add_js_resources target)
  file(GLOB runtime_js CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/resources/runtime/*.js)
  file(GLOB adaptor_js CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/resources/adaptors/*.js)
  set(files)
  foreach(f IN LISTS runtime_js adaptor_js)
    file(RELATIVE_PATH rel ${CMAKE_SOURCE_DIR}/resources ${f})
    set_source_files_properties(${f} PROPERTIES QT_RESOURCE_ALIAS ${rel})
    list(APPEND files ${f})
  endforeach()

  _sb_js_vendor_bundles(vendor_js)
  foreach(f IN LISTS vendor_js)
    get_filename_component(name ${f} NAME)
    set_source_files_properties(${f} PROPERTIES
      GENERATED TRUE QT_RESOURCE_ALIAS vendor/${name})
    list(APPEND files ${f})
  endforeach()
  add_dependencies(${target} sb_js_vendor)

  qt_add_resources(${target} sb_js_resources PREFIX "/js" FILES ${files})
endfunction()
