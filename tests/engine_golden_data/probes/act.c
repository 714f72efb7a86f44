#include <stdio.h>
#include <string.h>
#include <stdint.h>
#ifdef USE_DOUBLE
#include "doublefann.h"
#else
#include "floatfann.h"
#endif
static const double W0[13]={0.15,-0.25,0.35,0.45,0.55,-0.65,-0.75,0.85,0.05,0.5,-0.6,0.7,-0.1};
int main(){
  struct fann *ann=fann_create_standard(3,2,3,1);
  for(int i=0;i<13;i++) ann->weights[i]=(fann_type)W0[i];
  fann_set_activation_steepness_hidden(ann,0.5);
  fann_set_activation_steepness_output(ann,1.0);
  fann_type in[3][2]={{0.3,-0.7},{2.0,-3.0},{-0.5,0.25}};
  for(int f=0;f<18;f++){
    fann_set_activation_function_hidden(ann,f);
    fann_set_activation_function_output(ann,f);
    printf("%d",f);
    for(int k=0;k<3;k++){
      fann_type *o=fann_run(ann,in[k]);
#ifdef USE_DOUBLE
      uint64_t b; memcpy(&b,o,8); printf(" %.17g 0x%016llx",o[0],(unsigned long long)b);
#else
      uint32_t b; memcpy(&b,o,4); printf(" %.9g 0x%08x",o[0],b);
#endif
    }
    printf("\n");
  }
  return 0;
}
