--TEST--
arguments that are not strings are skipped; no argument at all is an ArgumentCountError
--FILE--
<?php
$a = 1;
xdebug_debug_zval(1, 'a', null, ['a'], 2.5, true);
try {
    xdebug_debug_zval();
} catch (ArgumentCountError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
--EXPECT--
a: (refcount=0, is_ref=0)=1
ArgumentCountError: Wrong parameter count for xdebug_debug_zval()
