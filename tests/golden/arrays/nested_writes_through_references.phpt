--TEST--
writing through a reference into nested arrays
--FILE--
<?php
$data = ["a" => ["b" => 1]];
$ref = &$data["a"]["b"];
$ref = ["deep" => true];
$ref["deep2"] = false;
var_dump($data);
$row = &$data["new"]["row"];
$row[] = 1;
var_dump($data);
unset($ref, $row);
$copy = $data;
$copy["a"]["b"]["deep"] = "changed";
var_dump($data["a"]["b"]["deep"]);
--EXPECT--
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    &array(2) {
      ["deep"]=>
      bool(true)
      ["deep2"]=>
      bool(false)
    }
  }
}
array(2) {
  ["a"]=>
  array(1) {
    ["b"]=>
    &array(2) {
      ["deep"]=>
      bool(true)
      ["deep2"]=>
      bool(false)
    }
  }
  ["new"]=>
  array(1) {
    ["row"]=>
    &array(1) {
      [0]=>
      int(1)
    }
  }
}
bool(true)
