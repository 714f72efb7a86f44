#include <stdio.h>
#include <string.h>
#include <stdint.h>
#if defined(USE_DOUBLE)
#include "doublefann.h"
#else
#include "floatfann.h"
#endif
int main(){
  struct fann*a=fann_create_standard(3,2,3,1);
  for(int i=0;i<13;i++) a->weights[i]=(fann_type)(((int)(i%7)-3)*0.25+0.1);
  fann_set_activation_function_hidden(a,FANN_SIGMOID_SYMMETRIC);
  fann_set_activation_function_output(a,FANN_LINEAR);
  fann_type in[2]={1,-1}; fann_type*o=fann_run(a,in);
#if defined(USE_DOUBLE)
  uint64_t b; memcpy(&b,o,8); printf("run %.17g 0x%016llx\n",o[0],(unsigned long long)b);
  fann_save_to_fixed(a,"/tmp/hb/exd_fixed.net");
#else
  uint32_t b; memcpy(&b,o,4); printf("run %.9g 0x%08x\n",o[0],b);
  fann_save_to_fixed(a,"/tmp/hb/exf_fixed.net");
#endif
  fflush(stdout); fann_print_connections(a);
  /* bigger weights to exercise letters */
  float big[13]={-30,-25.4,-25.6,-3.5,-2.5,-1.5,-0.5,0.49,0.5,1.5,24.6,25.5,100};
  for(int i=0;i<13;i++) a->weights[i]=big[i];
  fflush(stdout); fann_print_connections(a);
  return 0;
}
