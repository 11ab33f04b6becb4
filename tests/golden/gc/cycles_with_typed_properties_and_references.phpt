--TEST--
Cycles through typed ?Node properties and element references, collected with destructors; a typed reference keeping a cycle alive; static arrays at shutdown
--FILE--
<?php
class Node { public ?Node $peer = null; public array $kids = []; public static array $all = [];
  public function __construct(public string $name) {} public function __destruct() { echo "bye {$this->name}\n"; } }
function build($n) { $a = new Node("a$n"); $b = new Node("b$n"); $a->peer = $b; $b->peer = $a; $a->kids[] = &$b->kids; return $a; }
for ($i = 0; $i < 3; $i++) { $x = build($i); }
unset($x);
var_dump(gc_collect_cycles());
$r = build(9);
$ref = &$r->peer;
unset($r);
var_dump(gc_collect_cycles());
try { $ref = "no"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$ref = null;
var_dump(gc_collect_cycles());
$s = gc_status();
echo $s['runs'], " ", $s['collected'], " ", $s['roots'], "\n";
Node::$all[] = build(10);
Node::$all[0]->peer->peer = null;
echo "end\n";
--EXPECT--
bye a0
bye b0
bye a1
bye b1
bye a2
bye b2
int(21)
int(0)
Cannot assign string to reference held by property Node::$peer of type ?Node
bye b9
bye a9
int(0)
4 21 0
end
bye b10
bye a10
