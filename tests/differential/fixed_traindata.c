/* fixed variant of impl_traindata.h */
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"
#include "impl_traindata.h"
