--TEST--
Property writes on an undefined variable: no warning for =, write fetches, unset and ??=; the warning for op=, ++ and method calls (php's BP_VAR_W vs RW)
--FILE--
<?php
try { $tr = &$t->count; $tr = 7; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $u->p = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $w->p[] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $v->p++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
unset($a->p);
try { $b->p .= "x"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $c->p ??= 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $d->p->q = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $e2->m(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f->p = 1;
--EXITCODE--
255
--EXPECTF--
Error: Attempt to modify property "count" on null
Error: Attempt to assign property "p" on null
Error: Attempt to modify property "p" on null

Warning: Undefined variable $v in %s on line 5
Error: Attempt to increment/decrement property "p" on null

Warning: Undefined variable $b in %s on line 7
Attempt to assign property "p" on null
Attempt to assign property "p" on null
Attempt to modify property "p" on null

Warning: Undefined variable $e2 in %s on line 10
Call to a member function m() on null

Fatal error: Uncaught Error: Attempt to assign property "p" on null in %s:11
Stack trace:
#0 {main}
  thrown in %s on line 11
