--TEST--
foreach and get_object_vars over an exception see its protected properties only from inside a subclass.
--FILE--
<?php
class MyException extends Exception {
    public $extra = 'x';
    public function visible() { return array_keys(get_object_vars($this)); }
}
$e = new MyException('m', 3);
var_dump(array_keys(get_object_vars($e)));
var_dump($e->visible());
foreach ($e as $k => $v) {
    echo "$k\n";
}
--EXPECT--
array(1) {
  [0]=>
  string(5) "extra"
}
array(5) {
  [0]=>
  string(7) "message"
  [1]=>
  string(4) "code"
  [2]=>
  string(4) "file"
  [3]=>
  string(4) "line"
  [4]=>
  string(5) "extra"
}
extra
