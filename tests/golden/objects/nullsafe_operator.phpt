--TEST--
?-> reads and calls: a null ends the whole chain (arguments, later links and offsets skipped), isset/empty and ?? over chains, undefined variables warn, non-objects still fail
--FILE--
<?php
class A { public $b; public $arr = ['k' => 5]; function m($x) { echo "m($x)\n"; return $this; } function get() { return null; } }
function arg($v) { echo "arg($v)\n"; return $v; }
$a = new A; $n = null;
var_dump($n?->b, $n?->b->c, $n?->m(arg(1))->m(arg(2)), $a?->m(arg(3))?->b, $a->get()?->x);
var_dump($n?->arr['k'], $a?->arr['k']);
var_dump(isset($n?->b), isset($a?->arr), empty($n?->b), empty($a?->arr));
var_dump($n?->b ?? 'dflt', $a?->b ?? 'dflt2');
$s = "str";
var_dump($u?->x);
echo "end\n";
class ListNode { public $next; public $val; public $list = []; function __construct($v, $n = null) { $this->val = $v; $this->next = $n; } function nxt() { return $this->next; } function __destruct() { echo "destruct {$this->val}\n"; } }
$list = new ListNode(1, new ListNode(2));
var_dump($list?->next?->next?->val, $list?->nxt()?->val, $list->nxt()?->nxt()?->nxt()?->val);
function make() { echo "make\n"; return null; }
var_dump(make()?->x, make()?->y());
echo strlen($list?->next?->val ?? ''), "\n";
$arr = ['o' => null, 'p' => new ListNode(3)];
var_dump($arr['o']?->val, $arr['p']?->val, $arr['missing']?->val ?? 'none');
var_dump(isset($list?->next?->val), isset($list?->next?->next?->val), empty($list?->next?->next?->val));
var_dump(isset($arr['o']?->list['x']), isset($arr['p']?->list));
$n = null;
echo "x" . $n?->val . "y\n";
$f = fn($o) => $o?->val;
var_dump($f(null), $f(new ListNode(4)));
foreach ([null, new ListNode(5)] as $o) { echo $o?->val ?? 'null', "\n"; }
var_dump($n?->a['b']['c'], $n?->a::class ?? 'none');
$s = "str";
try { var_dump($s?->x); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $s?->m(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo "end\n";
--EXITCODE--
255
--EXPECTF--
arg(3)
m(3)
NULL
NULL
NULL
NULL
NULL
NULL
int(5)
bool(false)
bool(true)
bool(true)
bool(false)
string(4) "dflt"
string(5) "dflt2"

Warning: Undefined variable $u in %s on line 10
NULL
end
NULL
int(2)
NULL
make
make
NULL
NULL
1
NULL
int(3)
string(4) "none"
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
xy
destruct 4
NULL
int(4)
null
5

Fatal error: Uncaught TypeError: Cannot use "::class" on value of type null in %s:27
Stack trace:
#0 {main}
  thrown in %s on line 27
destruct 5
destruct 1
destruct 2
destruct 3
