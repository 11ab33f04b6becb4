--TEST--
json_decode of lists, nested and empty
--FILE--
<?php
var_dump(json_decode("[]"), json_decode("[[]]"), json_decode(" [ 1 , [ 2 , [ ] ] , \"x\" ] "));
var_dump(json_decode("[null,true,false,1,1.5,\"s\",[],{}]", true));
var_dump(json_decode("[[[[[\"deep\"]]]]]"));
--EXPECT--
array(0) {
}
array(1) {
  [0]=>
  array(0) {
  }
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    array(0) {
    }
  }
  [2]=>
  string(1) "x"
}
array(8) {
  [0]=>
  NULL
  [1]=>
  bool(true)
  [2]=>
  bool(false)
  [3]=>
  int(1)
  [4]=>
  float(1.5)
  [5]=>
  string(1) "s"
  [6]=>
  array(0) {
  }
  [7]=>
  array(0) {
  }
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    array(1) {
      [0]=>
      array(1) {
        [0]=>
        array(1) {
          [0]=>
          string(4) "deep"
        }
      }
    }
  }
}
