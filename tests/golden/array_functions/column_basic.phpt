--TEST--
array_column with column, whole rows and index keys
--FILE--
<?php
$rows = [
    ['id' => 3, 'name' => 'c', 'tags' => ['x']],
    ['id' => 1, 'name' => 'a'],
    'not a row',
    ['name' => 'no id'],
    ['id' => '7', 'other' => true],
    5 => ['id' => 1, 'name' => 'dup'],
];
var_dump(array_column($rows, 'name'));
var_dump(array_column($rows, 'name', 'id'));
var_dump(array_column($rows, null, 'id'));
var_dump(array_column($rows, 'tags'));
var_dump(array_column([[10, 20], [30, 40]], 1, 0));
var_dump(array_column([[10, 20], [30]], "1"));
var_dump(array_column([], 'x'));
--EXPECT--
array(4) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "a"
  [2]=>
  string(5) "no id"
  [3]=>
  string(3) "dup"
}
array(3) {
  [3]=>
  string(1) "c"
  [1]=>
  string(3) "dup"
  [4]=>
  string(5) "no id"
}
array(5) {
  [3]=>
  array(3) {
    ["id"]=>
    int(3)
    ["name"]=>
    string(1) "c"
    ["tags"]=>
    array(1) {
      [0]=>
      string(1) "x"
    }
  }
  [1]=>
  array(2) {
    ["id"]=>
    int(1)
    ["name"]=>
    string(3) "dup"
  }
  [4]=>
  string(9) "not a row"
  [5]=>
  array(1) {
    ["name"]=>
    string(5) "no id"
  }
  [7]=>
  array(2) {
    ["id"]=>
    string(1) "7"
    ["other"]=>
    bool(true)
  }
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    string(1) "x"
  }
}
array(2) {
  [10]=>
  int(20)
  [30]=>
  int(40)
}
array(1) {
  [0]=>
  int(20)
}
array(0) {
}
