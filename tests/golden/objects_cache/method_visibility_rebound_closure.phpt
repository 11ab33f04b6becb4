--TEST--
One call site in a closure rebound to different scopes: a protected method is callable from its class, not from outside
--FILE--
<?php
class Box {
    protected function secret() { return "secret"; }
}
class Other {}
$call = function ($o) { return $o->secret(); };
$box = new Box;
foreach ([Box::class, null, Box::class, Other::class] as $scope) {
    $bound = Closure::bind($call, null, $scope);
    try {
        echo $bound($box), "\n";
    } catch (Error $e) {
        echo $e::class, ": ", $e->getMessage(), "\n";
    }
}
--EXPECT--
secret
Error: Call to protected method Box::secret() from global scope
secret
Error: Call to protected method Box::secret() from scope Other
