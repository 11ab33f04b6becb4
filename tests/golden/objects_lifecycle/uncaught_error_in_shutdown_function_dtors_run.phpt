--TEST--
an uncaught Error inside a shutdown function is reported, and destructors still run afterwards
--FILE--
<?php
class G {
    public function __destruct() { echo "destructor\n"; }
}
$g = new G;
register_shutdown_function(function () { echo "shutdown\n"; missing(); });
echo "script end\n";
--EXITCODE--
255
--EXPECTF--
script end
shutdown

Fatal error: Uncaught Error: Call to undefined function missing() in %s:6
Stack trace:
#0 [internal function]: {closure}()
#1 {main}
  thrown in %s on line 6
destructor
