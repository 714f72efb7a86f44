# Upstream FANN's "use file": adds the package's directories to the calling project.
add_definitions(${FANN_DEFINITIONS})
include_directories(${FANN_INCLUDE_DIRS})
link_directories(${FANN_LIBRARY_DIRS})
