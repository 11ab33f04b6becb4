--TEST--
locals of recursive calls are destroyed innermost first as the calls return
--FILE--
<?php
class Frame {
    public function __construct(public int $d) { echo "enter {$this->d}\n"; }
    public function __destruct() { echo "leave {$this->d}\n"; }
}
function down(int $d) {
    $f = new Frame($d);
    if ($d < 3) { down($d + 1); }
    echo "returning from $d\n";
}
down(1);
echo "end\n";
--EXPECT--
enter 1
enter 2
enter 3
returning from 3
leave 3
returning from 2
leave 2
returning from 1
leave 1
end
