--TEST--
An object whose constructor throws never gets its destructor (zend_object_store_ctor_failed)
--FILE--
<?php
class A { function __construct() { throw new Exception("c"); } function __destruct() { echo "dtor\n"; } }
try { $a = new A; } catch (Exception $e) { echo "caught\n"; }
echo "end\n";
--EXPECT--
caught
end
