--TEST--
readonly properties: initialized once from the declaring class, then no write, ++, []=, reference or unset; promoted readonly parameters
--FILE--
<?php
class P { public function __construct(public readonly int $x, public readonly array $list = []) {}
  function set($v) { $this->x = $v; } function push() { $this->list[] = 1; } }
$p = new P(1);
var_dump($p->x);
try { $p->x = 2; } catch (Error $e) { echo "Error: ", $e->getMessage(), "\n"; }
try { $p->set(3); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $p->x++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $p->push(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unset($p->x); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r = &$p->x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Q { public readonly string $s; function init() { $this->s = "once"; } }
$q = new Q;
try { $q->s = "out"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$q->init(); var_dump($q->s);
try { $q->init(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($q);
--EXPECT--
int(1)
Error: Cannot modify readonly property P::$x
Cannot modify readonly property P::$x
Cannot modify readonly property P::$x
Cannot modify readonly property P::$list
Cannot unset readonly property P::$x
Cannot modify readonly property P::$x
Cannot initialize readonly property Q::$s from global scope
string(4) "once"
Cannot modify readonly property Q::$s
object(Q)#2 (1) {
  ["s"]=>
  string(4) "once"
}
