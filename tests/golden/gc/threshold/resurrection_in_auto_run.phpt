--TEST--
A destructor resurrects one object during an automatic collection
--FILE--
<?php
class N { public $r; public static $saved = null; function __construct(public $i) {} function __destruct() { if ($this->i == 5) { N::$saved = $this; echo "saved 5\n"; } } }
$last = 0;
for ($i = 0; $i < 10005; $i++) {
    $o = new N($i); $o->r = $o; $o = null;
    $s = gc_status();
    if ($s['runs'] != $last) { echo "i=$i ", json_encode($s), "\n"; $last = $s['runs']; }
}
echo N::$saved->i, "\n";
--EXPECT--
saved 5
i=10000 {"runs":2,"collected":9999,"threshold":10001,"roots":1}
5
