--TEST--
A private method of the calling scope wins over the object's public one of the same name; the site caches per class and scope
--FILE--
<?php
class P {
    private function who() { return "P::who (private)"; }
    public function call($o) { return $o->who(); }
}
class Q extends P {
    public function who() { return "Q::who (public)"; }
}
$p = new P;
$q = new Q;
foreach ([$p, $q, $p, $q] as $o) {
    echo $p->call($o), "\n";
}
foreach ([$q, $q] as $o) {
    echo $o->who(), "\n";
}
--EXPECT--
P::who (private)
P::who (private)
P::who (private)
P::who (private)
Q::who (public)
Q::who (public)
