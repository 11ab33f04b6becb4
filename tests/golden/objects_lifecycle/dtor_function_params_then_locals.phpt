--TEST--
at function return parameters are destroyed first, then locals, then arguments beyond the declared parameters
--FILE--
<?php
class Arg {
    public function __construct(public string $n) {}
    public function __destruct() { echo "free {$this->n}\n"; }
}
function take($a, $b) {
    $local = new Arg("local");
    echo "in take with ", func_num_args(), " args\n";
}
take(new Arg("p1"), new Arg("p2"), new Arg("extra1"), new Arg("extra2"));
echo "done\n";
--EXPECT--
in take with 4 args
free p1
free p2
free local
free extra1
free extra2
done
