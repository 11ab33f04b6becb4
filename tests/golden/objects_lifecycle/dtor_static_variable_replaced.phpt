--TEST--
replacing an object held in a static variable destroys the old one at that assignment
--FILE--
<?php
class Gen {
    public function __construct(public int $v) { echo "gen {$this->v}\n"; }
    public function __destruct() { echo "~gen {$this->v}\n"; }
}
function next_gen() {
    static $g = null;
    $g = new Gen($g ? $g->v + 1 : 1);
    echo "now {$g->v}\n";
}
next_gen();
next_gen();
next_gen();
echo "end of script\n";
--EXPECT--
gen 1
now 1
gen 2
~gen 1
now 2
gen 3
~gen 2
now 3
end of script
~gen 3
