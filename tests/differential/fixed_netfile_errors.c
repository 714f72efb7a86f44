/* fixed variant of impl_netfile_errors.h */
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"
#include "impl_netfile_errors.h"
