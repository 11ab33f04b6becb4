--TEST--
Collections in a loop: destructor output interleaves with the loop's output
--FILE--
<?php
class N { public $s; function __construct(public $i) {} function __destruct() { echo "  ~{$this->i}\n"; } }
for ($i = 0; $i < 3; $i++) {
    $o = new N($i); $o->s = $o; unset($o);
    echo "iteration $i\n";
    echo "  collected ", gc_collect_cycles(), "\n";
}
--EXPECT--
iteration 0
  collected   ~0
1
iteration 1
  collected   ~1
1
iteration 2
  collected   ~2
1
