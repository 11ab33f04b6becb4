--TEST--
decoded strings are new, the empty string and empty arrays shared
--FILE--
<?php
debug_zval_dump(json_decode("\"\""), json_decode("\"a\""), json_decode("[\"\",\"b\",[],{}]", true));
debug_zval_dump(json_encode(1), json_encode([]), json_last_error_msg());
debug_zval_dump(json_decode("12345678901234567890", false, 512, JSON_BIGINT_AS_STRING));
--EXPECT--
string(0) "" interned
string(1) "a" refcount(1)
array(4) refcount(1){
  [0]=>
  string(0) "" interned
  [1]=>
  string(1) "b" refcount(1)
  [2]=>
  array(0) interned {
  }
  [3]=>
  array(0) interned {
  }
}
string(1) "1" refcount(1)
string(2) "[]" refcount(1)
string(8) "No error" refcount(1)
string(20) "12345678901234567890" refcount(1)
