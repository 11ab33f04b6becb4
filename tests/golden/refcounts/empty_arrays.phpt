--TEST--
the shared empty array and the arrays it turns into
--FILE--
<?php
$e = [];
$f = $e;
debug_zval_dump($e);
$f[] = 1;
debug_zval_dump($e, $f);
$g = array();
debug_zval_dump($g);
function none() { return []; }
debug_zval_dump(none());
$h = [1];
unset($h[0]);
debug_zval_dump($h);
--EXPECT--
array(0) interned {
}
array(0) interned {
}
array(1) refcount(2){
  [0]=>
  int(1)
}
array(0) interned {
}
array(0) interned {
}
array(0) refcount(2){
}
