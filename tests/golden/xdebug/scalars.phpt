--TEST--
ints, floats, bools and null are not refcounted: refcount=0, is_ref=0
--FILE--
<?php
$i = -42; $f = 1.0; $g = -0.0; $h = 1e20; $k = 0.1 + 0.2; $m = 1e-7;
$inf = INF; $nan = NAN; $t = true; $u = false; $n = null;
xdebug_debug_zval('i', 'f', 'g', 'h', 'k', 'm', 'inf', 'nan', 't', 'u', 'n');
--EXPECT--
i: (refcount=0, is_ref=0)=-42
f: (refcount=0, is_ref=0)=1
g: (refcount=0, is_ref=0)=-0
h: (refcount=0, is_ref=0)=1.0E+20
k: (refcount=0, is_ref=0)=0.3
m: (refcount=0, is_ref=0)=1.0E-7
inf: (refcount=0, is_ref=0)=INF
nan: (refcount=0, is_ref=0)=NAN
t: (refcount=0, is_ref=0)=TRUE
u: (refcount=0, is_ref=0)=FALSE
n: (refcount=0, is_ref=0)=NULL
