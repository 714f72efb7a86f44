/* float variant of impl_train_struct.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_train_struct.h"
