#include <stdio.h>
#include <string.h>
#include <stdint.h>
static const double W0[13]={0.15,-0.25,0.35,0.45,0.55,-0.65,-0.75,0.85,0.05,0.5,-0.6,0.7,-0.1};
#define EMU(T,NAME,ACT) \
static T NAME(T i0,T i1){ T w[13]; for(int i=0;i<13;i++) w[i]=(T)W0[i]; T v[3]={i0,i1,1}; T h[4]; \
  for(int n=0;n<3;n++){ T acc=0; acc+=w[3*n+2]*v[2]; acc+=w[3*n+1]*v[1]; acc+=w[3*n]*v[0]; T x=(T)0.5*acc; h[n]=ACT; } h[3]=1; \
  T acc=0; acc += ((w[9]*h[0]+w[10]*h[1])+w[11]*h[2])+w[12]*h[3]; T x=(T)1.0*acc; return ACT; }
EMU(float,leakyf,(x<0? x*0.01 : x))
EMU(double,leakyd,(x<0? x*0.01 : x))
EMU(float,lpf,(x<0? 0 : (x>1?1:x)))
int main(){ float in[3][2]={{0.3,-0.7},{2,-3},{-0.5,0.25}}; double ind[3][2]={{0.3,-0.7},{2,-3},{-0.5,0.25}};
 for(int k=0;k<3;k++){ float a=leakyf(in[k][0],in[k][1]); float b=lpf(in[k][0],in[k][1]); double d=leakyd(ind[k][0],ind[k][1]); uint32_t ab,bb; uint64_t db; memcpy(&ab,&a,4);memcpy(&bb,&b,4);memcpy(&db,&d,8);
  printf("leaky f32 %.9g 0x%08x  lp f32 0x%08x  leaky f64 %.17g 0x%016llx\n",a,ab,bb,d,(unsigned long long)db);} }
