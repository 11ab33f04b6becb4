--TEST--
Cycles held through references to typed properties: collected with the references going, type checks until then
--FILE--
<?php
class N { public ?N $next = null; public array $items = []; public function __destruct() { echo "d\n"; } }
$a = new N; $b = new N;
$a->next = $b; $b->next = $a;
$r = &$a->next;
$items = &$b->items;
$items[] = $a;
unset($a, $b);
var_dump(gc_collect_cycles());
try { $r = 5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$r = null;
var_dump(gc_collect_cycles());
unset($r, $items);
var_dump(gc_collect_cycles());
$x = new N;
$x->items[] = &$x->items;
$y = &$x->items;
unset($x);
var_dump(gc_collect_cycles());
$y = [];
unset($y);
var_dump(gc_collect_cycles(), gc_status()['roots']);
echo "end\n";
--EXPECT--
int(0)
Cannot assign int to reference held by property N::$next of type ?N
d
int(0)
d
int(0)
d
int(0)
int(0)
int(0)
end
