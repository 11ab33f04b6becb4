--TEST--
extract cannot assign $this
--FILE--
<?php
function g() { return extract(['this' => 1]); }
g();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Cannot re-assign $this in %s:2
Stack trace:
#0 %s(2): extract(Array)
#1 %s(3): g()
#2 {main}
  thrown in %s on line 2
