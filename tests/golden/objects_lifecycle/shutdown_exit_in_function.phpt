--TEST--
exit() inside a function releases that function's locals before the shutdown phase
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
function quit() {
    $local = new G("local");
    echo "exiting from function\n";
    exit(3);
}
$global = new G("global");
register_shutdown_function(function () { echo "shutdown function\n"; });
quit();
echo "never\n";
--EXITCODE--
3
--EXPECT--
exiting from function
dtor local
shutdown function
dtor global
