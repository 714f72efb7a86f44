/* float variant of impl_train_api.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_train_api.h"
