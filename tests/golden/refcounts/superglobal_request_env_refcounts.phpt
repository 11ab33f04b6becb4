--TEST--
$_ENV has php's own reference too; $_REQUEST does not
--FILE--
<?php
$e = $_ENV;
$r = $_REQUEST;
debug_zval_dump($r);
var_dump($e === $_ENV);
class Noisy { function __destruct() { echo "destructed\n"; } }
$_REQUEST['o'] = new Noisy;
$_ENV['o'] = new Noisy;
echo "end\n";
--EXPECT--
array(0) refcount(3){
}
bool(true)
end
destructed
destructed
