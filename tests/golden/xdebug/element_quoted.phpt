--TEST--
a["k"] and a['k'] name a string key, unescaped, never converted to an int
--FILE--
<?php
$a = ['k' => 'v', "tab\there" => 1, "q'uote" => 2, 0 => 'zero'];
xdebug_debug_zval('a["k"]', "a['k']", 'a["tab\\there"]', "a['q\\'uote']", 'a["0"]', 'a["missing"]');
--EXPECT--
a["k"]: (interned, is_ref=0)='v'
a['k']: (interned, is_ref=0)='v'
a["tab\there"]: (refcount=0, is_ref=0)=1
a['q\'uote']: (refcount=0, is_ref=0)=2
a["0"]: no such symbol
a["missing"]: no such symbol
