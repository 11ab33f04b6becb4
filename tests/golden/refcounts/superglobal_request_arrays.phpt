--TEST--
php keeps its own reference to $_GET, $_POST, $_COOKIE, $_FILES and $_SERVER: two owners before the script touches them, and a write separates the table's copy
--FILE--
<?php
debug_zval_dump($_GET, $_POST, $_COOKIE, $_FILES);
$copy = $_GET;
debug_zval_dump($_GET);
$_GET['a'] = 1;
debug_zval_dump($_GET, $copy);
function later() { debug_zval_dump($_POST); $_POST[] = new stdClass; debug_zval_dump($_POST); }
later();
$server = $_SERVER;
var_dump($server === $_SERVER);
unset($server);
echo "end\n";
--EXPECT--
array(0) refcount(3){
}
array(0) refcount(3){
}
array(0) refcount(3){
}
array(0) refcount(3){
}
array(0) refcount(4){
}
array(1) refcount(2){
  ["a"]=>
  int(1)
}
array(0) refcount(3){
}
array(0) refcount(3){
}
array(1) refcount(2){
  [0]=>
  object(stdClass)#1 (0) refcount(1){
  }
}
bool(true)
end
