--TEST--
seed 05: function and global scope destruction order
--FILE--
<?php
// seed 001: php生命周期 (function scope and global scope destruction)
echo "php文件的全局开始\n";
class A{
    protected $a;
    function __construct($a)
    {
        $this->a = $a;
        echo "类A{$this->a}生命周期开始\n";
    }
    function test(){
        echo "类test方法域开始\n";
        echo "类test方法域结束\n";
    }
    //通过类析构函数的特性,当类初始化或回收时,会调用相应的方法
    function __destruct()
    {
        echo "类A{$this->a}生命周期结束\n";
    }
}
function a1(){
    echo "a1函数域开始\n";
    $a = new A(1);
    echo "a1函数域结束\n";
    //函数结束,将回收所有在函数a1的变量$a
}
a1();
$a = new A(2);
echo "php文件的全局结束\n";
//全局结束后,会回收全局的变量$a
--EXPECT--
php文件的全局开始
a1函数域开始
类A1生命周期开始
a1函数域结束
类A1生命周期结束
类A2生命周期开始
php文件的全局结束
类A2生命周期结束
