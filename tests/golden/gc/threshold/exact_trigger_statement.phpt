--TEST--
The statement that adds the 10001st root triggers the run before the next statement executes
--FILE--
<?php
class N { public $r; function __construct(public $i) {} function __destruct() { if ($this->i < 2) echo "  ~{$this->i}\n"; } }
for ($i = 0; $i < 10000; $i++) { $o = new N($i); $o->r = $o; $o = null; }
echo "roots=", gc_status()['roots'], " runs=", gc_status()['runs'], "\n";
$x = new N(-1); $x->r = $x;
echo "before drop\n";
$x = null;
echo "after drop: runs=", gc_status()['runs'], " roots=", gc_status()['roots'], "\n";
--EXPECT--
roots=10000 runs=0
  ~0
  ~1
before drop
after drop: runs=2 roots=1
  ~-1
