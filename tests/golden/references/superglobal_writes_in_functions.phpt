--TEST--
Superglobals written inside functions reach the global table: element writes, appends, nested and compound writes, unset, references to elements
--FILE--
<?php
function put() {
    $_GET['k'] = 1;
    $_GET['list'][] = 'a';
    $_GET['list'][] = 'b';
    $_GET['n'] = 10;
    $_GET['n'] += 5;
    $_GET['n']++;
    $_POST['deep']['x']['y'] = true;
}
function drop() {
    unset($_GET['k'], $_POST['deep']['x']);
}
function ref() {
    $r = &$_GET['n'];
    $r = 99;
}
function coalesce() {
    $_GET['c'] ??= 'first';
    $_GET['c'] ??= 'second';
}
function session() {
    $_SESSION['user'] = 'ann';
}
class Keeper {
    public function keep($v) { $_POST['kept'][] = $v; }
}
put();
var_dump($_GET, $_POST);
drop();
ref();
coalesce();
session();
(new Keeper)->keep(3);
(function () { $_GET['closure'] = 'yes'; })();
var_dump($_GET, $_POST, $_SESSION);
debug_zval_dump($_GET['list']);
function reads() { return $_GET['n'] + count($_POST); }
var_dump(reads());
--EXPECT--
array(3) {
  ["k"]=>
  int(1)
  ["list"]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
  ["n"]=>
  int(16)
}
array(1) {
  ["deep"]=>
  array(1) {
    ["x"]=>
    array(1) {
      ["y"]=>
      bool(true)
    }
  }
}
array(4) {
  ["list"]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
  ["n"]=>
  int(99)
  ["c"]=>
  string(5) "first"
  ["closure"]=>
  string(3) "yes"
}
array(2) {
  ["deep"]=>
  array(0) {
  }
  ["kept"]=>
  array(1) {
    [0]=>
    int(3)
  }
}
array(1) {
  ["user"]=>
  string(3) "ann"
}
array(2) refcount(2){
  [0]=>
  string(1) "a" interned
  [1]=>
  string(1) "b" interned
}
int(101)
