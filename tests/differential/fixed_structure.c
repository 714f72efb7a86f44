/* fixed variant of impl_structure.h */
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"
#include "impl_structure.h"
