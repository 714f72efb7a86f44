#include <stdio.h>
#include "doublefann.h"
static const double W0[13]={0.15,-0.25,0.35,0.45,0.55,-0.65,-0.75,0.85,0.05,0.5,-0.6,0.7,-0.1};
int main(){
  struct fann *ann=fann_create_standard(3,2,3,1);
  for(int i=0;i<13;i++) ann->weights[i]=W0[i];
  fann_set_activation_steepness_hidden(ann,0.5);
  fann_set_activation_steepness_output(ann,1.0);
  for(int f=0;f<18;f++){
    char p[64]; sprintf(p,"/tmp/hb/fx_%d.net",f);
    fann_set_activation_function_hidden(ann,f);
    fann_set_activation_function_output(ann,f);
    int dp=fann_save_to_fixed(ann,p);
    printf("%d dp=%d\n",f,dp);
  }
  return 0;
}
