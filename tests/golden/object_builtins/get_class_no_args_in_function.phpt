--TEST--
get_class() without arguments inside a plain function throws an Error naming the function in the trace.
--FILE--
<?php
function helper() {
    return get_class();
}
helper();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: get_class() without arguments must be called from within a class in %s:3
Stack trace:
#0 %s(5): helper()
#1 {main}
  thrown in %s on line 3
