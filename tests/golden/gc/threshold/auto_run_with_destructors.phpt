--TEST--
An automatic collection runs destructors mid-loop: destructor output shows the iteration
--FILE--
<?php
class N { public $r; public static $d = 0; function __construct(public $i) {} function __destruct() { N::$d++; if ($this->i % 2500 == 0) echo "  ~{$this->i}\n"; } }
$last = 0;
echo "start\n";
for ($i = 0; $i < 10005; $i++) {
    $o = new N($i); $o->r = $o; $o = null;
    $s = gc_status();
    if ($s['runs'] != $last) { echo "i=$i runs={$s['runs']} collected={$s['collected']} roots={$s['roots']} destructed=", N::$d, "\n"; $last = $s['runs']; }
}
echo "end ", N::$d, "\n";
--EXPECT--
start
  ~0
  ~2500
  ~5000
  ~7500
i=10000 runs=2 collected=10000 roots=1 destructed=10000
end 10000
  ~10000
