#include <stdio.h>
#include "fixedfann.h"
int main(){
  fann_type in[4][2]={{4915,-11468},{16384,-16384},{-8192,4096},{20000,-3000}};
  for(int f=0;f<18;f++){
    char p[64]; sprintf(p,"/tmp/hb/fx_%d.net",f);
    struct fann *ann=fann_create_from_file(p);
    fann_set_error_log((struct fann_error*)ann,NULL);
    printf("%d",f);
    for(int k=0;k<4;k++){ fann_type *o=fann_run(ann,in[k]); printf(" %d",o[0]); }
    printf(" err=%d\n",fann_get_errno((struct fann_error*)ann));
    fann_destroy(ann);
  }
  return 0;
}
