--TEST--
Using $this at top level or in a plain function is an Error.
--FILE--
<?php
function f() {
    try {
        return $this->x;
    } catch (Error $e) {
        return $e->getMessage();
    }
}
echo f(), "\n";
echo isset($this) ? "set" : "not set", "\n";
$this->y;
--EXITCODE--
255
--EXPECTF--
Using $this when not in object context
not set

Fatal error: Uncaught Error: Using $this when not in object context in %s:11
Stack trace:
#0 {main}
  thrown in %s on line 11
