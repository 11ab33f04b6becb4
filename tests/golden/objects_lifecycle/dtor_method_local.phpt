--TEST--
a local object inside a method is destroyed when the method returns, before the caller continues
--FILE--
<?php
class Helper {
    public function __destruct() { echo "helper done\n"; }
}
class Service {
    public function handle() {
        $h = new Helper;
        echo "handling\n";
        return 5;
    }
}
$s = new Service;
$n = $s->handle();
echo "result $n\n";
--EXPECT--
handling
helper done
result 5
