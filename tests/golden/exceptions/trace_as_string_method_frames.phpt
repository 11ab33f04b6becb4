--TEST--
trace strings show Class->method and Class::staticMethod frames
--FILE--
<?php
class Repo {
    public function find($id) { return self::load($id, ['x' => 1]); }
    private static function load($id, $opts) { throw new OutOfBoundsException("no row $id"); }
}
function controller(Repo $r) { return $r->find(12); }
try {
    controller(new Repo);
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}
--EXPECTF--
#0 %s(3): Repo::load(12, Array)
#1 %s(6): Repo->find(12)
#2 %s(8): controller(Object(Repo))
#3 {main}
